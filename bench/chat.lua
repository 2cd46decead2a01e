-- wrk script for the chat benchmark: POST /api/chat/messages as many employees (one access
-- token per line in $TOKENS_FILE), cycling through everyday questions in both languages.
local tokens = {}
for line in io.lines(os.getenv("TOKENS_FILE")) do
  if #line > 0 then tokens[#tokens + 1] = line end
end
local questions = {
  '{"message":"¿cuánto cobré neto en marzo de 2025?"}',
  '{"message":"what was my gross salary in May 2025?"}',
  '{"message":"¿cuánto me retuvieron de IRPF en enero de 2025?"}',
  '{"message":"when was my June 2025 salary paid?"}',
  '{"message":"muéstrame mi nómina de febrero de 2025"}',
  '{"message":"what were my deductions in April 2025?"}',
  '{"message":"¿cuánto llevo cobrado en 2025?"}',
  '{"message":"hola"}',
}
local counter = 0
local offset = 0

function setup(thread)
  thread:set("offset", offset)
  offset = offset + 7919
end

function init(args)
  counter = offset
end

function request()
  counter = counter + 1
  local token = tokens[(counter % #tokens) + 1]
  local body = questions[(counter % #questions) + 1]
  return wrk.format("POST", "/api/chat/messages",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end
