-- Headless Neovim (0.7+) on the two cases users met in their editors: a `git:` document
-- (what "Open Changes" shows) whose imports must resolve against the file it stands
-- for, and Format Document with the editor's own tab settings, which must give what
-- `survey fmt` gives. Inputs come from the environment; what it saw is written as JSON.
local server = os.getenv('SURVEY_SERVER')
local file = os.getenv('SURVEY_FILE')
local git_uri = os.getenv('SURVEY_GIT_URI')
local out = os.getenv('SURVEY_OUT')

local function finish(result)
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

local client_id = vim.lsp.start_client({
  name = 'survey',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
if not client_id then
  finish({ error = 'start_client failed' })
end

local function diagnostics_of(buf)
  vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
  local seen = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    table.insert(seen, { code = code, lnum = d.lnum, message = d.message })
  end
  return seen
end

local result = {}

-- 1. The git: version of the file, in a buffer that is not a file (Neovim keeps a
-- name with `scheme:///` as the document's URI).
local lines = vim.fn.readfile(file)
local git_buf = vim.api.nvim_create_buf(true, false)
vim.api.nvim_buf_set_name(git_buf, git_uri)
vim.api.nvim_buf_set_lines(git_buf, 0, -1, false, lines)
vim.api.nvim_buf_set_option(git_buf, 'filetype', 'survey')
vim.lsp.buf_attach_client(git_buf, client_id)
result.git_uri = vim.uri_from_bufnr(git_buf)
result.git_diagnostics = diagnostics_of(git_buf)

-- 2. The file itself, formatted by the server with tabs of width 8.
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
vim.bo.filetype = 'survey'
vim.bo.expandtab = false
vim.bo.tabstop = 8
vim.bo.shiftwidth = 8
vim.lsp.buf_attach_client(buf, client_id)
diagnostics_of(buf)
local params = {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  options = { tabSize = vim.bo.tabstop, insertSpaces = vim.bo.expandtab },
}
local response = vim.lsp.buf_request_sync(buf, 'textDocument/formatting', params, 15000)
result.edits = 0
for _, r in pairs(response or {}) do
  if r.error then result.format_error = r.error.message end
  if r.result then
    result.edits = result.edits + #r.result
    vim.lsp.util.apply_text_edits(r.result, buf, 'utf-16')
  end
end
result.formatted = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n') .. '\n'
vim.lsp.stop_client(client_id)
finish(result)
