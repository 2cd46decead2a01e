-- wrk script for the chat benchmark: POST /api/chat/messages as many employees (one access
-- token per line in $TOKENS_FILE), cycling through everyday questions in both languages
-- (v1-shaped ones and v2 queries: two parts, a quarter, an explanation, a max).
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
  '{"message":"dime el neto y el IRPF de octubre de 2025"}',
  '{"message":"how much income tax was withheld in Q2 2025?"}',
  '{"message":"¿por qué en enero de 2025 cobré menos que en diciembre de 2024?"}',
  '{"message":"which month of 2025 had my highest net pay?"}',
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
