<?php

namespace Illuminate\Foundation;

class Application
{
    const VERSION = '11.31.0';
}
