<?php

namespace Symfony\Requirements;

class SymfonyRequirements
{
}
