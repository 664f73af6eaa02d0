using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Matching.ServiceDefaults.Storage;

/// <summary>
/// The Data Protection key ring (the keys that sign and encrypt the workbench's session and antiforgery cookies) in the
/// shared PostgreSQL database, so every replica reads the same keys: a cookie one replica issued is accepted by the
/// next. A key is written once under its own name and never changed or deleted here (Data Protection revokes a key by
/// writing a revocation element, and expired keys stay readable for old cookies). Keys are stored as Data Protection
/// gives them, unencrypted at rest as on the file system; the database's own access control and encryption guard them.
/// </summary>
public sealed class PostgresXmlRepository(PostgresDatabase database) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        database.EnsureSchema(typeof(PostgresXmlRepository).Assembly);
        using var connection = database.DataSource.OpenConnection();
        return connection.Query<string>("SELECT xml FROM data_protection_keys ORDER BY stored_at, friendly_name")
            .Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        database.EnsureSchema(typeof(PostgresXmlRepository).Assembly);
        using var connection = database.DataSource.OpenConnection();
        connection.Execute("""
            INSERT INTO data_protection_keys (friendly_name, xml, stored_at) VALUES (@friendlyName, @xml, now())
            ON CONFLICT (friendly_name) DO NOTHING
            """, new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting) });
    }
}
