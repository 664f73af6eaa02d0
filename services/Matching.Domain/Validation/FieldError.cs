namespace Matching.Domain.Validation;

/// <summary>One rejected input field: a path in the request ("certificates[1].code") and why.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>The outcome of validating an input: the domain value, or the field errors that prevented it.</summary>
public sealed record Validated<T>(T? Value, IReadOnlyList<FieldError> Errors) where T : class
{
    public bool IsValid => Errors.Count == 0 && Value is not null;

    public static Validated<T> Ok(T value) => new(value, []);

    public static Validated<T> Failed(IReadOnlyList<FieldError> errors) => new(null, errors);
}

/// <summary>Thrown by services when an input fails validation; adapters turn it into 400 / InvalidArgument.</summary>
public sealed class ValidationFailedException(IReadOnlyList<FieldError> errors)
    : Exception("Validation failed: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;

    public ValidationFailedException(string field, string message) : this([new FieldError(field, message)]) { }
}
