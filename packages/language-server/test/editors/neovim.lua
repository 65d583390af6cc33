-- Headless Neovim (0.7+) as an LSP client: start the server with the built-in
-- client, attach the buffer, wait for diagnostics, ask for a hover and a
-- definition, write what it saw as JSON and quit. Inputs come from the environment.
local server = os.getenv('SURVEY_SERVER')
local file = os.getenv('SURVEY_FILE')
local out = os.getenv('SURVEY_OUT')
local line = tonumber(os.getenv('SURVEY_LINE'))
local col = tonumber(os.getenv('SURVEY_COL'))

local function finish(result)
  local f = io.open(out, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.bo.filetype = 'survey'
local client_id = vim.lsp.start_client({
  name = 'survey',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
if not client_id then
  finish({ error = 'start_client failed' })
end
vim.lsp.buf_attach_client(0, client_id)

local result = { diagnostics = {} }
local started = vim.loop.hrtime()
vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 20)
result.diagnostics_ms = (vim.loop.hrtime() - started) / 1e6
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  table.insert(result.diagnostics, { code = code, lnum = d.lnum, col = d.col, message = d.message })
end

local params = { textDocument = vim.lsp.util.make_text_document_params(), position = { line = line, character = col } }
started = vim.loop.hrtime()
local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover', params, 10000)
result.hover_ms = (vim.loop.hrtime() - started) / 1e6
for _, r in pairs(hover or {}) do
  if r.result and r.result.contents then result.hover = r.result.contents.value end
end
local def = vim.lsp.buf_request_sync(0, 'textDocument/definition', params, 10000)
for _, r in pairs(def or {}) do
  if r.result and r.result[1] then result.definition = r.result[1].range.start end
end
vim.lsp.stop_client(client_id)
finish(result)
