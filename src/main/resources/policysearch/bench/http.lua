-- wrk script for `bench` (ServeTimings): `wrk ... -s http.lua URL -- MODE` with MODE health (GET /health),
-- api (GET /api/search) or html (GET /search), the two search modes rotating through the same realistic mix of
-- queries and filters. done() prints one `http: KEY VALUE ...` line that the benchmark reads.

local function enc(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- each entry: the query (q) and any filters, already as URL parameters
local searches = {
  { "医保" }, { "医保支付方式改革" }, { "分级诊疗" }, { "公立医院 高质量发展" }, { "卫健委" }, { "国家医保局" },
  { "家庭医生签约服务" }, { "\"医疗联合体\"" }, { "分级诊疗 -城市" }, { "药品 -中药" }, { "看病贵" }, { "看病难" },
  { "乱开药" }, { "骗保" }, { "外地看病报销" }, { "老人上门看病" }, { "" }, { "", "year=2021" },
  { "医保", "year=2021" }, { "集采" }, { "疾控" }, { "中医药" }, { "药品耗材 集中采购" }, { "医联体" },
  { "基层医疗卫生服务" }, { "重庆 医保" }, { "四川 公共卫生" }, { "2021 医保支付" }, { "医务人员薪酬" }, { "DRG" },
  { "互联网医疗" }, { "健康中国" }, { "疫苗" }, { "卫健委牵头" }, { "医疗服务价格" }, { "医保", "sort=date" },
  { "", "dept=" .. enc("国家医保局") .. "&role=lead" }, { "公共卫生", "year=2020&year=2021" },
  { "医保", "page=2" }, { "给医务人员涨工资" },
}

local paths = {}

function init(args)
  local mode = args[1] or "api"
  local base = ({ api = "/api/search", html = "/search" })[mode]
  if mode == "health" then
    paths = { "/health" }
  elseif base == nil then
    error("mode must be health, api or html, not " .. mode)
  else
    for _, s in ipairs(searches) do
      local p = base .. "?q=" .. enc(s[1])
      if s[2] then p = p .. "&" .. s[2] end
      paths[#paths + 1] = p
    end
  end
  counter = (id or 0) * 13 -- threads start at different queries
  non2xx = 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function response(status, headers, body)
  if status < 200 or status >= 300 then non2xx = non2xx + 1 end
end

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do bad = bad + thread:get("non2xx") end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("http: requests %d rps %.1f p50_ms %.2f p99_ms %.2f max_ms %.2f non2xx %d errors %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, bad, errors))
end
