<?php
namespace Typemill;
abstract class Plugin {}
