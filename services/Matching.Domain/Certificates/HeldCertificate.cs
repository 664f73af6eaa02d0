namespace Matching.Domain.Certificates;

/// <summary>A certificate a candidate holds. Without an explicit expiry the catalogue's validity period applies.</summary>
public sealed record HeldCertificate(string Code, DateOnly IssuedOn, DateOnly? ExpiresOn = null)
{
    public DateOnly? ValidUntil()
    {
        if (ExpiresOn is not null) return ExpiresOn;
        var years = CertificateCatalogue.IsKnown(Code) ? CertificateCatalogue.Get(Code).ValidityYears : null;
        return years is null ? null : IssuedOn.AddYears(years.Value);
    }
}
