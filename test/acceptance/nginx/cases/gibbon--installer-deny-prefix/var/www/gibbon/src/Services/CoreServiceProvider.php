<?php
namespace Gibbon\Services;
class CoreServiceProvider {}
