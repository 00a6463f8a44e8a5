<?php

namespace Bolt;

class Kernel
{
}
