<?php
namespace Symfony\Component\Yaml;
class Yaml {}
