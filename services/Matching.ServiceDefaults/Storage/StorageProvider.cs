namespace Matching.ServiceDefaults.Storage;

/// <summary>Where the services keep their durable state (setting Storage:Provider).</summary>
public enum StorageProvider
{
    /// <summary>Embedded SQLite files on the pod's volume: one replica per service (make run, single-node).</summary>
    Sqlite,

    /// <summary>One PostgreSQL database shared by every replica (ConnectionStrings:Matching).</summary>
    PostgreSQL,
}
