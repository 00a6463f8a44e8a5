<?php
namespace Typemill\Controllers;
class ControllerWebFrontend {}
