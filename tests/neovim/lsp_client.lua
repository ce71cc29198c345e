-- Drives `palint lsp` from Neovim (0.7+) as a real editor client, headless.
-- Inputs (environment): PALINT_BIN, PALINT_FILE, PALINT_OUT, PALINT_LINE, PALINT_CHARACTER.
-- Writes one line per received diagnostic (`DIAG code line:character`) and completion item
-- (`COMPLETION label`) to PALINT_OUT, then quits.

local out = assert(io.open(os.getenv("PALINT_OUT"), "w"))
local function finish(code)
  out:close()
  vim.cmd(code == 0 and "qall!" or "cquit!")
end

vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("PALINT_FILE")))
local buf = vim.api.nvim_get_current_buf()
local received = nil

local client_id = vim.lsp.start_client({
  name = "palint",
  cmd = { os.getenv("PALINT_BIN"), "lsp" },
  root_dir = vim.fn.fnamemodify(os.getenv("PALINT_FILE"), ":h"),
  handlers = {
    ["textDocument/publishDiagnostics"] = function(_, result)
      if result and #result.diagnostics > 0 then
        received = result.diagnostics
      end
    end,
  },
})
if not client_id then
  out:write("ERROR could not start palint lsp\n")
  return finish(1)
end
vim.lsp.buf_attach_client(buf, client_id)

if not vim.wait(15000, function() return received ~= nil end, 20) then
  out:write("ERROR no diagnostics\n")
  return finish(1)
end
for _, d in ipairs(received) do
  out:write(string.format("DIAG %s %d:%d\n", d.code, d.range.start.line, d.range.start.character))
end

local client = vim.lsp.get_client_by_id(client_id)
local params = {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  position = { line = tonumber(os.getenv("PALINT_LINE")), character = tonumber(os.getenv("PALINT_CHARACTER")) },
}
local response = client.request_sync("textDocument/completion", params, 10000, buf)
local items = response and response.result or {}
if items.items then
  items = items.items
end
for _, item in ipairs(items) do
  out:write("COMPLETION " .. item.label .. "\n")
end

client.stop()
vim.wait(2000, function() return client.is_stopped() end, 20)
finish(0)
