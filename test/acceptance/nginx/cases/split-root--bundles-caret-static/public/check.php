<?php

// Installed by the symfony/requirements-checker recipe: checks the PHP configuration
// against Symfony's requirements. "Remove this file before going to production."

require_once dirname(__DIR__).'/vendor/autoload.php';

use Symfony\Requirements\SymfonyRequirements;

$symfonyRequirements = new SymfonyRequirements(dirname(__DIR__), '7.1.0');
$majorProblems = $symfonyRequirements->getFailedRequirements();
$minorProblems = $symfonyRequirements->getFailedRecommendations();
