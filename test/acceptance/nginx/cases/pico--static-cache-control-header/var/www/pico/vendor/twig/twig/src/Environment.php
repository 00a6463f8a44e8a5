<?php
namespace Twig;
class Environment {}
