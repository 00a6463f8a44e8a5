<?php
namespace PhpMyAdmin;
class Config {}
