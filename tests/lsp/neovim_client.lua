-- A real LSP client drives `crosscheck lsp`: Neovim's built-in client (headless) opens the rule
-- file fixtures/lsp/summit.yaml, waits for diagnostics, hovers, jumps to definitions, completes,
-- edits, and sees the diagnostics change. Run by neovim_test.sh; exits non-zero on any failure.
local binary = assert(os.getenv('CROSSCHECK_BIN'), 'CROSSCHECK_BIN')
local root = assert(os.getenv('CROSSCHECK_ROOT'), 'CROSSCHECK_ROOT')
local rule = root .. '/fixtures/lsp/summit.yaml'
local article = root .. '/fixtures/articles/diplomat-2015-09-vietnam-japan-partnership.txt'
local failures = {}

local function check(condition, what)
  if not condition then table.insert(failures, what) end
  return condition
end

-- 0-based line and byte column of the first line containing `needle` (plain text).
local function find(lines, needle)
  for i, line in ipairs(lines) do
    local col = line:find(needle, 1, true)
    if col then return i - 1, col - 1 end
  end
  error('not found: ' .. needle)
end

local function main()
  vim.cmd('edit ' .. vim.fn.fnameescape(rule))
  local buf = vim.api.nvim_get_current_buf()
  local exit_code
  local client_id = vim.lsp.start_client({
    name = 'crosscheck',
    cmd = { binary, 'lsp', '--debounce', '100' },
    root_dir = root .. '/fixtures/lsp',
    flags = { debounce_text_changes = 20 },
    on_exit = function(code) exit_code = code end,
  })
  check(client_id ~= nil, 'the client started')
  vim.lsp.buf_attach_client(buf, client_id)
  local uri = vim.uri_from_bufnr(buf)
  local function lines() return vim.api.nvim_buf_get_lines(buf, 0, -1, false) end
  local function request(method, line, character)
    local params = { textDocument = { uri = uri }, position = { line = line, character = character } }
    local responses = vim.lsp.buf_request_sync(buf, method, params, 10000) or {}
    local response = responses[client_id] or {}
    check(response.err == nil, method .. ' answered without error')
    return response.result
  end

  -- 1. Diagnostics on open: the scale slip of hospital_oda, on its key, with the diagnosis.
  -- With no diagnostics the server is not working at all: the rest would only wait in vain.
  if not check(vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 20), 'diagnostics arrive') then
    return
  end
  local oda_line = find(lines(), '  hospital_oda:')
  local slip
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.lnum == oda_line then slip = d end
  end
  if check(slip ~= nil, 'a diagnostic on hospital_oda') then
    check(slip.col == 2, 'on the claim key')
    check(slip.severity == vim.diagnostic.severity.ERROR, 'an error')
    local related = slip.user_data and slip.user_data.lsp and slip.user_data.lsp.relatedInformation or {}
    local hint = false
    for _, r in ipairs(related) do hint = hint or r.message:find('^scale%-slip') ~= nil end
    check(hint, 'the scale-slip diagnosis as related information')
  end

  -- 2. Hover on a quote: the figure, its interval, the normalised value at its rate.
  local quote_line, quote_col = find(lines(), '286 million yen')
  local hover = request('textDocument/hover', quote_line, quote_col + 2)
  local text = hover and hover.contents and hover.contents.value or ''
  check(text:find('286 million yen', 1, true), 'hover names the figure')
  check(text:find('interval: [285500000, 286500000]', 1, true), 'hover gives the interval')
  check(text:find('JPY/USD', 1, true), 'hover gives the rate')
  -- ... and on a claim id in an expression: its mentions and status.
  local expect_line, expect_col = find(lines(), 'vessels_added_2015 ==')
  hover = request('textDocument/hover', expect_line, expect_col + 3)
  text = hover and hover.contents and hover.contents.value or ''
  check(text:find('— pass', 1, true) and text:find('diplomat', 1, true), 'hover on a claim id')

  -- 3. Go to definition: the claim id jumps to its declaration (a real jump of the cursor) ...
  vim.api.nvim_win_set_cursor(0, { expect_line + 1, expect_col + 3 })
  vim.lsp.buf.definition()
  local declared = find(lines(), '  vessels_added_2015:')
  check(vim.wait(5000, function() return vim.api.nvim_win_get_cursor(0)[1] == declared + 1 end, 20),
        'the cursor jumps to the claim declaration')
  -- ... and a quote to its passage in the article.
  local location = request('textDocument/definition', quote_line, quote_col + 2)
  if location and location[1] then location = location[1] end
  if check(location and location.uri, 'a location for the quote') then
    check(vim.uri_to_fname(location.uri) == article, 'in the article: ' .. tostring(location.uri))
    local passage = find(vim.fn.readfile(article), '286 million yen in official development')
    check(location.range.start.line == passage, 'on the passage line')
  end

  -- 4. Completion: keys of a claim where one is being typed, source ids in a mention item.
  local loan_line = find(lines(), '  infrastructure_loan:')
  vim.api.nvim_buf_set_lines(buf, loan_line + 1, loan_line + 1, false, { '    tol' })
  local completion = request('textDocument/completion', loan_line + 1, 7)
  local labels = {}
  for _, item in ipairs(completion and (completion.items or completion) or {}) do labels[item.label] = true end
  check(labels['tolerance'] and labels['severity'], 'claim keys completed')
  vim.api.nvim_buf_set_lines(buf, loan_line + 1, loan_line + 2, false, {})
  local item_line = find(lines(), '      - source: diplomat')
  vim.api.nvim_buf_set_lines(buf, item_line, item_line, false, { '      - source: ' })
  completion = request('textDocument/completion', item_line, 16)
  labels = {}
  for _, item in ipairs(completion and (completion.items or completion) or {}) do labels[item.label] = true end
  check(labels['diplomat'] and labels['csis'], 'source ids completed')
  vim.api.nvim_buf_set_lines(buf, item_line, item_line + 1, false, {})

  -- 5. Edit a quote (unsaved): the diagnostics change to say it is not found, on the quote.
  local six_line, six_col = find(lines(), 'donate six used vessels')
  vim.api.nvim_buf_set_text(buf, six_line, six_col, six_line, six_col + 23, { 'donate sixty used boats' })
  local function quote_flagged()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.lnum == six_line and d.message:find("mention of 'diplomat'", 1, true) then return true end
    end
    return false
  end
  check(vim.wait(10000, quote_flagged, 20), 'diagnostics follow the edit')
  check(vim.fn.readfile(rule)[six_line + 1]:find('donate six used vessels', 1, true), 'the file on disk is untouched')

  -- 6. Shut down: the server exits cleanly.
  vim.lsp.stop_client(client_id)
  check(vim.wait(5000, function() return exit_code ~= nil end, 20) and exit_code == 0, 'the server exits with 0')
end

local ok, err = xpcall(main, debug.traceback)
if not ok then table.insert(failures, 'error: ' .. tostring(err)) end
if #failures > 0 then
  io.stderr:write('neovim LSP test FAILED:\n  ' .. table.concat(failures, '\n  ') .. '\n')
  vim.cmd('cquit 1')
else
  io.stdout:write('neovim LSP test passed\n')
  vim.cmd('qall!')
end
