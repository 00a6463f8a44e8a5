<?php

namespace Filegator\Services\Auth\Adapters;

class JsonFile {}
