<?php
namespace PhpMyAdmin;
