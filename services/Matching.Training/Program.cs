using Matching.Training;

// make train / make fairness: learns from (or reports on) the outcomes recorded in the running service's data folder.
return await TrainingCommands.RunAsync(args, Console.Out, CancellationToken.None);
