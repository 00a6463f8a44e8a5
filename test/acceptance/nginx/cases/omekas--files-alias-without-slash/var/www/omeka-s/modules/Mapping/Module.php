<?php
namespace Mapping;

class Module {}
