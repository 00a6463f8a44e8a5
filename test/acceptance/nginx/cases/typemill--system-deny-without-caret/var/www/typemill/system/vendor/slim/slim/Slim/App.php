<?php
namespace Slim;
class App {}
