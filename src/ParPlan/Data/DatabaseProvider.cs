namespace ParPlan.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
