<?php
namespace Thelia\Core;

class Thelia
{
}
