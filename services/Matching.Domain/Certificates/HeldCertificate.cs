namespace Matching.Domain.Certificates;

/// <summary>A certificate a candidate holds. Without an explicit expiry the catalogue's validity period applies.</summary>
public sealed record HeldCertificate(string Code, DateOnly IssuedOn, DateOnly? ExpiresOn = null)
{
    public DateOnly? ValidUntil() => ValidUntilAs(Code);

    /// <summary>
    /// How long this certificate covers <paramref name="code"/> (itself or a code it implies). An implied category
    /// keeps its own validity period from the issue date: a licence CE issued six years ago has lapsed for C and CE
    /// (5 years) but still covers B (10 years). An explicit expiry date is never cut short.
    /// </summary>
    public DateOnly? ValidUntilAs(string code)
    {
        var years = CertificateCatalogue.IsKnown(code) ? CertificateCatalogue.Get(code).ValidityYears : null;
        DateOnly? byPeriod = years is null ? null : IssuedOn.AddYears(years.Value);
        if (ExpiresOn is null) return byPeriod;
        if (code == Code || byPeriod is null) return code == Code ? ExpiresOn : null;
        return byPeriod > ExpiresOn ? byPeriod : ExpiresOn;
    }
}
