-- Activity files (FIT / GPX / TCX) sent as documents are read by the vision app too: their readings
-- are stored like a screenshot's, with the file format as the method.
alter table vision_extractions drop constraint vision_extractions_method_check;
alter table vision_extractions
  add constraint vision_extractions_method_check check (method in ('llm', 'ocr', 'fit', 'gpx', 'tcx'));
