<?php

namespace Symfony\Polyfill\Mbstring;

final class Mbstring {}
