-- wrk script for scripts/soak.sh: each request takes the next of a fixed list of real and hostile requests on the
-- JSON API and the HTML pages; responses are counted by class, and done() prints them as `soak: ...` lines.

local function enc(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local real = { "医保", "医保支付方式改革", "分级诊疗", "公立医院 高质量发展", "国家卫生健康委", "DRG", "家庭医生签约",
  "2021 医保", "重庆 医联体", "疾病预防控制", "中医药", "集采 药品耗材", "卫健委牵头", "\"医疗联合体\"", "医保 -重庆" }
local hostile = { "\"unbalanced", "((((((医保", "医保 OR OR AND", "title:医保", "/regex.*/", "医*", "医保~2",
  "<script>alert(1)</script>", "'; DROP TABLE tasks; --", "\226\128\174医保\226\128\172", "😀𠮷🇨🇳", "％＜＞（）【】",
  "*:*", "[1 TO 9]", "\\\\\\", string.rep("(", 900), string.rep("医保 OR ", 120), string.rep("医", 1000),
  string.rep("医", 1001), "\1\2\3\27" }

local paths = {}
local function add(p) paths[#paths + 1] = p end
for _, q in ipairs(real) do
  add("/api/search?q=" .. enc(q))
  add("/search?q=" .. enc(q))
end
for _, q in ipairs(hostile) do
  add("/api/search?q=" .. enc(q))
  add("/search?q=" .. enc(q) .. "&page=2")
end
for _, p in ipairs({ "/", "/documents", "/documents/gbf-2021-20", "/tasks/gbf-2021-20-t5", "/api/tasks/gbf-2021-20-t5",
  "/api/documents", "/api/documents/gbf-2021-20", "/api/suggest?q=" .. enc("医"), "/api/suggest?q=" .. enc("国家卫"),
  "/search.csv?q=" .. enc("医保"), "/timeline?q=" .. enc("医保"), "/api/timeline?q=" .. enc("分级诊疗"),
  "/compare?a=gbf-2021-20-t5&b=gbf-2020-25-t2", "/help", "/health", "/static/..%2f..%2fetc/passwd",
  "/tasks/none", "/search?year=1999&dept=" .. enc("不存在的部门"), "/search?page=-1&size=100000&sort=x",
  "/api/search?q=" .. enc("医保") .. "&year=2020&year=2021&role=lead&dept=" .. enc("国家医保局") }) do
  add(p)
end

-- Request lines Jetty's parser rejects (a raw "/../", a NUL) are left to HostileInputTest: Jetty answers 400 and
-- closes the connection without saying so in a header, which wrk counts as a read error.

local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  counts = { s2 = 0, s3 = 0, s4 = 0, s5 = 0, other = 0 }
  counter = id * 7
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function response(status, headers, body)
  if status >= 500 then counts.s5 = counts.s5 + 1
  elseif status >= 400 then counts.s4 = counts.s4 + 1
  elseif status >= 300 then counts.s3 = counts.s3 + 1
  elseif status >= 200 then counts.s2 = counts.s2 + 1
  else counts.other = counts.other + 1 end
end

function done(summary, latency, requests)
  local t = { s2 = 0, s3 = 0, s4 = 0, s5 = 0, other = 0 }
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for k, v in pairs(c) do t[k] = t[k] + v end
  end
  io.write(string.format("soak: paths %d\n", #paths))
  io.write(string.format("soak: requests %d, 2xx %d, 3xx %d, 4xx %d, 5xx %d, other %d\n",
    summary.requests, t.s2, t.s3, t.s4, t.s5, t.other))
  io.write(string.format("soak: socket errors connect %d, read %d, write %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("soak: latency p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
