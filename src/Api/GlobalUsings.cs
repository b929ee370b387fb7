global using CollectiveDismissal.Api.Infrastructure;
global using CollectiveDismissal.Domain.Cases;
global using Marten;
global using Microsoft.AspNetCore.Authorization;
global using Wolverine.Http;
global using System.ComponentModel.DataAnnotations;
global using CollectiveDismissal.Domain.Participants;
global using CollectiveDismissal.Api.Cases;
