<?php
namespace Omeka\Mvc;

class Application {}
