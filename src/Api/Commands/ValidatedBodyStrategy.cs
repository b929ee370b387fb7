using System.Reflection;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Frames;
using JasperFx.CodeGeneration.Model;
using JasperFx.Core.Reflection;
using Wolverine.Http.CodeGen;

namespace CollectiveDismissal.Api.Commands;

/// <summary>
/// Binds an endpoint's <see cref="IValidatedRequest"/> parameter with <see cref="JsonBody.Read{T}"/> instead of
/// Wolverine's own JSON reader, which answers a malformed body with the serializer's message (it quotes unknown member
/// names, which may be personal data) and logs it as an error. The first step of a command's path; the next is
/// <see cref="WriteCaseAttribute"/>.
/// </summary>
public sealed class ValidatedBodyStrategy : IParameterStrategy
{
    public bool TryMatch(HttpChain chain, IServiceContainer container, ParameterInfo parameter, out Variable? variable)
    {
        variable = null;
        if (!parameter.ParameterType.CanBeCastTo<IValidatedRequest>()) return false;
        var read = new ReadValidatedBody(parameter.ParameterType);
        // First of all: the body is read before the case's row lock is taken, so a slow upload never holds it.
        chain.Middleware.Insert(0, read);
        variable = read.Body;
        return true;
    }

    private sealed class ReadValidatedBody : AsyncFrame
    {
        private readonly Variable _problem;
        private Variable? _http;

        public ReadValidatedBody(Type requestType)
        {
            Body = new Variable(requestType, "body", this);
            _problem = new Variable(typeof(IResult), "bodyProblem", this);
        }

        public Variable Body { get; }

        public override IEnumerable<Variable> FindVariables(IMethodVariables chain)
        {
            _http = chain.FindVariable(typeof(HttpContext));
            yield return _http;
        }

        public override void GenerateCode(GeneratedMethod method, ISourceWriter writer)
        {
            writer.Write($"var ({Body.Usage}, {_problem.Usage}) = await {typeof(JsonBody).FullNameInCode()}.{nameof(JsonBody.Read)}<{Body.VariableType.FullNameInCode()}>({_http!.Usage}.Request);");
            writer.Write($"BLOCK:if ({_problem.Usage} != null)");
            writer.Write($"await {_problem.Usage}.ExecuteAsync({_http.Usage});");
            writer.Write("return;");
            writer.FinishBlock();
            Next?.GenerateCode(method, writer);
        }
    }
}
