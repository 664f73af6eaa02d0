-- The HTML and CSV of each party's week's latest generation, recorded in the generation's transaction: any replica
-- serves the download (GetWeekdateFile, the workbench), no replica keeps files of its own.
CREATE TABLE weekdate_renderings (
    party text NOT NULL,
    iso_week text NOT NULL,
    reference text NOT NULL,
    html text NOT NULL,
    csv text NOT NULL,
    PRIMARY KEY (party, iso_week));
CREATE UNIQUE INDEX weekdate_renderings_by_reference ON weekdate_renderings (reference);
