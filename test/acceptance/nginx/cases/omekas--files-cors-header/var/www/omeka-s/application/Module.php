<?php
namespace Omeka;

class Module {}
