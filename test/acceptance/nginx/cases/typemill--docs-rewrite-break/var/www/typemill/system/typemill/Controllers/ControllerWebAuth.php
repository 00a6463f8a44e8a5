<?php
namespace Typemill\Controllers;
class ControllerWebAuth {}
