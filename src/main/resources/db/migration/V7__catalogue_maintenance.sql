-- Werkbank schema 7: the catalogue is maintained by the team (tools added, edited, retired, deleted
-- while unused). Whether a tool is in use is asked at every delete and every undo of an added tool.

create index card_by_werkzeug on card (werkzeug_id);
