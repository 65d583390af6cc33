;;; eglot.el --- Emacs eglot in --batch as an LSP client for the survey server.
;; Starts the server with `eglot' itself (eglot-ensure does not fire in batch),
;; waits for the diagnostics Flymake receives, asks for a hover, writes what it
;; saw as JSON and exits.  Inputs come from the environment.
(require 'package)
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'eglot)
(require 'json)

(define-derived-mode survey-mode prog-mode "Survey")
(add-to-list 'eglot-server-programs
             `(survey-mode . ("node" ,(getenv "SURVEY_SERVER") "--stdio")))

(defun survey-test--wait (pred seconds)
  "Spin the event loop until PRED is non-nil or SECONDS pass."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall pred)))

(let* ((out (getenv "SURVEY_OUT"))
       (line (string-to-number (getenv "SURVEY_LINE")))
       (col (string-to-number (getenv "SURVEY_COL")))
       (result nil)
       (started (float-time)))
  (find-file (getenv "SURVEY_FILE"))
  (survey-mode)
  (apply #'eglot (eglot--guess-contact))
  (survey-test--wait (lambda () (eglot-current-server)) 15)
  (survey-test--wait (lambda () (flymake-diagnostics)) 15)
  (push (cons 'diagnostics_ms (* 1000 (- (float-time) started))) result)
  (push (cons 'diagnostics
              (vconcat
               (mapcar (lambda (d)
                         (list (cons 'message (flymake-diagnostic-text d))
                               (cons 'line (line-number-at-pos (flymake-diagnostic-beg d)))))
                       (flymake-diagnostics))))
        result)
  (goto-char (point-min))
  (forward-line line)
  (forward-char col)
  (setq started (float-time))
  (let* ((server (eglot-current-server))
         (hover (jsonrpc-request server :textDocument/hover
                                 (eglot--TextDocumentPositionParams))))
    (push (cons 'hover_ms (* 1000 (- (float-time) started))) result)
    (push (cons 'hover (plist-get (plist-get hover :contents) :value)) result)
    (with-temp-file out (insert (json-encode result)))
    (eglot-shutdown server)))
(kill-emacs 0)
