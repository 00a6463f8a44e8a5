<?php

namespace Illuminate\Foundation;

class Application
{
    const VERSION = '11.9.2';
}
