-- A department's projects of a kind and 年度, as the render step reads them (ProjectStore.currentOf), found
-- through this index instead of a scan of every project of the night: without it each department read
-- the whole night, which made the render of a city quadratic in its size.
CREATE INDEX IF NOT EXISTS jx_project_department ON jx_project(department, budget_year, region, kind);
