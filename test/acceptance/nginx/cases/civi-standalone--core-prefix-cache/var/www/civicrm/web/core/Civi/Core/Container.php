<?php
namespace Civi\Core;
class Container {}
