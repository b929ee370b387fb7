namespace CollectiveDismissal.Api.Http;

/// <summary>The longest text each item of a list may hold; <see cref="MaxLengthAttribute"/> bounds the list itself.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ItemMaxLengthAttribute(int length) : Attribute
{
    public int Length => length;
}
