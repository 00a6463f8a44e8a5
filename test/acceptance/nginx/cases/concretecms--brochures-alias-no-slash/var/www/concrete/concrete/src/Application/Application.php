<?php
namespace Concrete\Core\Application;
