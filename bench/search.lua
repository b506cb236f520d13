-- wrk script: rotates through questions as people type them (answered and unanswered alike).
local questions = {
  "why%20doesn%27t%20dicom%20include%20security",
  "is%20dicom%20to%20blame%20for%20the%20leaked%20patient%20images",
  "open%20pacs%20servers%20exposing%20x-rays",
  "someone%20says%20our%20archive%20is%20misconfigured",
  "checklist%20for%20imaging%20administrators",
  "who%20is%20responsible%20for%20securing%20scanners",
  "why%20do%20modalities%20not%20use%20tls",
  "ransomware%20on%20medical%20imaging",
  "nsa%20manageable%20network%20plan",
  "nist%20sp%201800-24",
  "dicom%20in%20the%20cloud%20with%20containers",
  "how%20often%20is%20dicom%20updated",
  "mita%20security%20white%20papers",
  "securty%20of%20dicom",
  "Warum%20hat%20DICOM%20keine%20Sicherheit%3F&lang=de",
  "what%20is%20the%20dicom%20tag%20for%20birth%20date",
}
local i = 0
request = function()
  i = i % #questions + 1
  local audience = (i % 3 == 0) and "&audience=journalists" or ""
  return wrk.format("GET", "/api/v1/search?q=" .. questions[i] .. audience)
end
