using System.Text.Json.Nodes;

namespace Matching.Search.Testing.Elasticsearch;

/// <summary>Index and alias requests: create, alias check, read and update, reindex.</summary>
public sealed partial class ElasticsearchTestTransport
{
    private (int, JsonNode?) GetAlias(string alias)
    {
        var pointing = _indices.Values.Where(i => i.Aliases.ContainsKey(alias)).OrderBy(i => i.Name, StringComparer.Ordinal).ToArray();
        return pointing.Length == 0
            ? (404, ResponseBodies.AliasMissing(alias))
            : (200, ResponseBodies.Aliases(pointing.Select(i => (i.Name, alias, i.Aliases[alias]))));
    }

    private (int, JsonNode?) CreateIndex(string index, JsonObject? body)
    {
        if (_indices.ContainsKey(index)) return (400, ResponseBodies.IndexExists(index));
        if (Resolve(index).Count > 0)
            return (400, ResponseBodies.Error(400, "invalid_index_name_exception", $"Invalid index name [{index}], already exists as alias",
                new Dictionary<string, string> { ["index_uuid"] = "_na_", ["index"] = index }));
        var created = _indices[index] = new StoredIndex(index);
        created.Map(body?["mappings"]?.AsObject());
        foreach (var (alias, definition) in body?["aliases"]?.AsObject() ?? [])
            created.Aliases[alias] = definition?["is_write_index"]?.GetValue<bool>() ?? false;
        return (200, ResponseBodies.IndexCreated(index));
    }

    /// <summary>
    /// <c>indices/put_mapping</c> on an index or alias (every index behind it): fields are added, the dynamic setting
    /// replaced. The node refuses changing a mapped field's type; this transport does not check that.
    /// </summary>
    private (int, JsonNode?) PutMapping(string index, JsonObject body)
    {
        var indices = Resolve(index);
        if (indices.Count == 0) return (404, ResponseBodies.IndexNotFound(index));
        foreach (var target in indices) target.Map(body);
        return (200, ResponseBodies.Acknowledged());
    }

    /// <summary><c>indices/get_mapping/IndicesGetMappingResponse.ts</c>: per physical index behind the name, its mappings.</summary>
    private (int, JsonNode?) GetMapping(string index)
    {
        var indices = Resolve(index);
        if (indices.Count == 0) return (404, ResponseBodies.IndexNotFound(index));
        var body = new JsonObject();
        foreach (var target in indices) body[target.Name] = new JsonObject { ["mappings"] = target.Mappings.DeepClone() };
        return (200, body);
    }

    /// <summary>All actions are checked before any applies: the update is atomic, as on the server.</summary>
    private (int, JsonNode?) UpdateAliases(JsonObject body)
    {
        var actions = body["actions"]!.AsArray().Select(a => a!.AsObject().Single()).ToArray();
        foreach (var (kind, action) in actions)
        {
            var index = action!["index"]!.GetValue<string>();
            var alias = action["alias"]!.GetValue<string>();
            if (!_indices.TryGetValue(index, out var target)) return (404, ResponseBodies.IndexNotFound(index));
            if (kind == "remove" && action["must_exist"]?.GetValue<bool>() == true && !target.Aliases.ContainsKey(alias))
                return (404, ResponseBodies.Error(404, "aliases_not_found_exception", $"aliases [{alias}] missing",
                    new Dictionary<string, string> { ["resource.type"] = "aliases", ["resource.id"] = alias }));
            if (kind is not ("add" or "remove")) throw new NotSupportedException($"alias action {kind}");
        }
        foreach (var (kind, action) in actions)
        {
            var target = _indices[action!["index"]!.GetValue<string>()];
            var alias = action["alias"]!.GetValue<string>();
            if (kind == "remove") target.Aliases.Remove(alias);
            else target.Aliases[alias] = action["is_write_index"]?.GetValue<bool>() ?? false;
        }
        return (200, ResponseBodies.Acknowledged());
    }

    private (int, JsonNode?) Reindex(JsonObject body)
    {
        var from = body["source"]!["index"]!.GetValue<string>();
        var to = body["dest"]!["index"]!.GetValue<string>();
        var sources = Resolve(from);
        if (sources.Count == 0) return (404, ResponseBodies.IndexNotFound(from));
        if (!_indices.TryGetValue(to, out var target)) _indices[to] = target = new StoredIndex(to);
        long created = 0, updated = 0;
        foreach (var (id, document) in sources.SelectMany(s => s.Documents))
        {
            if (target.Put(id, document.Source.DeepClone().AsObject()).Version == 1) created++;
            else updated++;
        }
        return (200, ResponseBodies.Reindexed(created, updated));
    }
}
