<?php

namespace Kirby\Cms;

class App {}
