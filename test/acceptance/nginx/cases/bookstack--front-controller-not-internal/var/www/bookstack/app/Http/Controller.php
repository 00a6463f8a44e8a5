<?php

namespace BookStack\Http;

abstract class Controller
{
}
