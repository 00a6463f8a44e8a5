window.MauticFormCallback={};
