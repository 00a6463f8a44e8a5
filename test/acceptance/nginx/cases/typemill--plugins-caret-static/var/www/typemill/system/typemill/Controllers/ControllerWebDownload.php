<?php
namespace Typemill\Controllers;
class ControllerWebDownload {}
