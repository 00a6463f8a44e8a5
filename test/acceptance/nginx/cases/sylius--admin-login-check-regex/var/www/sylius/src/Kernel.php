<?php

namespace App;

final class Kernel
{
}
