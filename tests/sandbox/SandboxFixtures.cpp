// SPDX-License-Identifier: MIT
#include "SandboxFixtures.h"

namespace fixtures {

const char *const Commands = R"json([
 {"id":"11","name":"ping","type":1,"description":"Pong","options":[
   {"type":3,"name":"text","description":"t"}]},
 {"id":"12","name":"give","type":1,"description":"Give","options":[
   {"type":6,"name":"user","description":"u","required":true},
   {"type":4,"name":"amount","description":"a","required":true,"min_value":1,"max_value":100},
   {"type":5,"name":"silent","description":"s"},
   {"type":10,"name":"ratio","description":"r"},
   {"type":7,"name":"where","description":"w"},
   {"type":3,"name":"kind","description":"k","choices":[{"name":"Shiny","value":"shiny"},{"name":"Plain","value":"plain"}]}]},
 {"id":"13","name":"balls","type":1,"description":"Balls","options":[
   {"type":1,"name":"list","description":"l","options":[{"type":6,"name":"user","description":"u"}]},
   {"type":2,"name":"admin","description":"a","options":[
     {"type":1,"name":"spawn","description":"s","options":[{"type":3,"name":"countryball","description":"c","required":true}]}]}]},
 {"id":"14","name":"Report","type":3}
])json";

const char *const Embed = R"json({
            "author":{"name":"BallsDex"},"title":"France","url":"https://x.invalid",
            "description":"Caught by <@1200000000000000102>\nin <#1200000000000000011>",
            "fields":[{"name":"ATK","value":"120","inline":true},{"name":"Notes","value":"a\nb"}],
            "image":{"url":"attachment://card.png"},"thumbnail":{"url":"https://t.invalid/t.png"},
            "footer":{"text":"ID #1A"},"timestamp":"2024-01-01T00:00:00Z"})json";

const char *const TradeMessage = R"json({"content":"Trade","components":[
          {"type":1,"components":[
            {"type":2,"style":1,"custom_id":"a","label":"Accept"},
            {"type":2,"style":4,"custom_id":"b","label":"Cancel","disabled":true},
            {"type":2,"style":5,"url":"https://d.invalid","label":"Docs"}]},
          {"type":1,"components":[
            {"type":3,"custom_id":"s","placeholder":"Pick","min_values":1,"max_values":2,"options":[
              {"label":"France","value":"fr"},{"label":"Spain","value":"Spain","default":true}]}]},
          {"type":1,"components":[{"type":2,"style":2,"custom_id":"c","emoji":{"name":"⬅️"}}]}]})json";

const char *const ComponentsV2Message = R"json({"flags":32768,"components":[
          {"type":17,"components":[
            {"type":10,"content":"**France**"},
            {"type":9,"components":[{"type":10,"content":"ATK 10"}],
             "accessory":{"type":2,"style":1,"custom_id":"x","label":"Info"}},
            {"type":12,"items":[{"media":{"url":"attachment://a.png"}}]},
            {"type":14}]},
          {"type":1,"components":[{"type":2,"style":1,"custom_id":"y","label":"Next"}]}]})json";

const char *const AttachmentMessage
    = R"json({"attachments":[{"id":"9","filename":"card.png","size":1234}]})json";

const char *const ModalWithLabels = R"json({"custom_id":"m","title":"Catch!","components":[
            {"type":18,"label":"Name","component":{"type":4,"custom_id":"name","style":1,"placeholder":"France"}},
            {"type":18,"label":"Why","component":{"type":4,"custom_id":"why","style":2,"required":false,"value":"fun"}}]})json";

const char *const ModalWithRows = R"json({"custom_id":"m","title":"Catch!","components":[
            {"type":1,"components":[{"type":4,"custom_id":"name","label":"Name","style":1,"placeholder":"France"}]},
            {"type":1,"components":[{"type":4,"custom_id":"why","label":"Why","style":2,"required":false,"value":"fun"}]}]})json";

} // namespace fixtures
